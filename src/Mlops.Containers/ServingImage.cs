namespace Mlops.Containers;

/// <summary>The serving image's fixed facts: the official base it starts from where images can be pulled.</summary>
public static class ServingImage
{
    /// <summary>The official ASP.NET Core 10 runtime image, pinned by digest so a rebuild never starts from a moved tag.</summary>
    public const string OfficialBase = "mcr.microsoft.com/dotnet/aspnet:10.0@sha256:1fa23fc4872d95fd71c2833ebe65d7e84a43b2d51a31d119516852f13d9505a7";
}
