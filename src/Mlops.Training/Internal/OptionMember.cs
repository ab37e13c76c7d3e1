using System.Reflection;

namespace Mlops.Training.Internal;

/// <summary>A public, writable field or property of a trainer's Options object (ML.NET uses both).</summary>
internal sealed class OptionMember
{
    private readonly MemberInfo _member;
    private readonly object _target;

    private OptionMember(MemberInfo member, object target)
    {
        _member = member;
        _target = target;
    }

    public string Name => _member.Name;

    public Type Type => _member is FieldInfo asField ? asField.FieldType : ((PropertyInfo)_member).PropertyType;

    /// <summary>Every writable member of each target, in declaration order.</summary>
    public static IReadOnlyList<OptionMember> Of(IEnumerable<object> targets) =>
        [.. targets.SelectMany(target =>
        {
            var type = target.GetType();
            var fields = type.GetFields(BindingFlags.Public | BindingFlags.Instance).Where(f => !f.IsInitOnly);
            var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0);
            return fields.Cast<MemberInfo>().Concat(properties).Select(member => new OptionMember(member, target));
        })];

    public void Set(object? value)
    {
        if (_member is FieldInfo asField)
        {
            asField.SetValue(_target, value);
        }
        else
        {
            ((PropertyInfo)_member).SetValue(_target, value);
        }
    }
}
