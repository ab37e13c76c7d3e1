namespace Mlops.Containers;

/// <summary>A registry login. Printed, it shows the user only: a record would print the password.</summary>
public sealed record RegistryCredentials(string Username, string Password)
{
    public override string ToString() => $"RegistryCredentials {{ Username = {Username}, Password = *** }}";
}
