using System.Reflection;
using Mlops.Names;
using Mlops.Targets.Internal;

namespace Mlops.Targets;

/// <summary>One <c>[Parameter]</c> field or property: on the build class (set directly) or on a component interface (kept by the build).</summary>
public sealed class ParameterMember
{
    internal ParameterMember(MemberInfo member, ParameterAttribute attribute)
    {
        Member = member;
        Name = ParameterName.Of(member);
        Description = attribute.Description;
        Minimum = attribute.Minimum;
        Maximum = attribute.Maximum;
        IsSecret = member.GetCustomAttribute<SecretAttribute>() is not null;
        Type = member switch
        {
            FieldInfo field => field.FieldType,
            PropertyInfo property => property.PropertyType,
            _ => throw new ArgumentException("A parameter is a field or a property.", nameof(member)),
        };
    }

    internal MemberInfo Member { get; }

    public string Name { get; }

    public string Option => "--" + KebabCase.Of(Name);

    internal string Key => ParameterName.LettersAndDigits(Name);

    public string Description { get; }

    /// <summary>The least value it takes (a declared range, checked as it resolves).</summary>
    internal double Minimum { get; }

    /// <summary>The greatest value it takes.</summary>
    internal double Maximum { get; }

    public bool IsSecret { get; }

    public Type Type { get; }

    public Type ValueType => Nullable.GetUnderlyingType(Type) ?? Type;

    public bool IsBoolean => ValueType == typeof(bool);

    public bool IsArray => Type.IsArray;

    public object? GetValue(MlopsBuild build) => Member switch
    {
        FieldInfo field => field.GetValue(build),
        PropertyInfo { DeclaringType.IsInterface: true } => build.StoredParameters.GetValueOrDefault(Name),
        PropertyInfo property => property.GetValue(build),
        _ => null,
    };

    /// <summary>
    /// The value the build class declares, whatever this run was given: what a generated workflow offers as an input's
    /// default, so that the workflows do not change with the parameters of the run that wrote them.
    /// </summary>
    public object? DeclaredValue(MlopsBuild build)
    {
        ArgumentNullException.ThrowIfNull(build);
        return build.DeclaredParameters.TryGetValue(Name, out var declared) ? declared : GetValue(build);
    }

    internal void SetValue(MlopsBuild build, object? value)
    {
        switch (Member)
        {
            case FieldInfo field:
                field.SetValue(build, value);
                break;
            case PropertyInfo { DeclaringType.IsInterface: true }:
                build.StoredParameters[Name] = value;
                break;
            case PropertyInfo { CanWrite: true } property:
                property.SetValue(build, value);
                break;
            default:
                throw new BuildInputException($"Parameter '{Name}' is a property without a setter; give it one (it may be private).");
        }
    }

    internal static List<ParameterMember> Discover(MlopsBuild build)
    {
        const BindingFlags flags = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        var members = new List<ParameterMember>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var types = new List<Type>();
        for (var type = build.GetType(); type is not null && type != typeof(object); type = type.BaseType)
        {
            types.Insert(0, type);
        }

        types.AddRange(build.GetType().GetInterfaces());
        foreach (var member in types.SelectMany(t => t.GetMembers(flags).OrderBy(m => m.MetadataToken)))
        {
            if (member is (FieldInfo or PropertyInfo) && member.GetCustomAttribute<ParameterAttribute>() is { } attribute)
            {
                var parameter = new ParameterMember(member, attribute);
                if (seen.Add(parameter.Name))
                {
                    members.Add(parameter);
                }
            }
        }

        return members;
    }
}
