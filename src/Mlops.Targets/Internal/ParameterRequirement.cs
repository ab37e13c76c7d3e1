using System.Linq.Expressions;
using System.Reflection;

namespace Mlops.Targets.Internal;

/// <summary>A <c>Requires(() => Registry)</c>: the member it names, and how to read its current value.</summary>
internal sealed record ParameterRequirement(string MemberName, Func<object?> Read)
{
    public static ParameterRequirement From(Expression<Func<object?>> expression)
    {
        var body = expression.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : expression.Body;
        if (body is not MemberExpression { Member: FieldInfo or PropertyInfo } member)
        {
            throw new BuildInputException($"Requires({expression}) must name a parameter, e.g. Requires(() => Registry).");
        }

        var read = expression.Compile(preferInterpretation: true);
        return new ParameterRequirement(ParameterName.Of(member.Member), read);
    }

    public bool IsSatisfied()
    {
        var value = Read();
        return value switch
        {
            null => false,
            string text => text.Length > 0,
            Array array => array.Length > 0,
            _ => true,
        };
    }
}
