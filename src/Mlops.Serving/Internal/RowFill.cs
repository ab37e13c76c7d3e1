using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;

namespace Mlops.Serving.Internal;

/// <summary>
/// Sets a made-at-run-time row's fields from a record's values by compiled assignments: reflection per field per
/// request would cost more than the model.
/// </summary>
internal static class RowFill<TInput>
{
    /// <summary>row.C0 = (float)values[0]; row.C1 = (string)values[1]; … in the columns' order.</summary>
    public static readonly Action<TInput, IReadOnlyList<object?>> Fill = Compile();

    private static Action<TInput, IReadOnlyList<object?>> Compile()
    {
        var row = Expression.Parameter(typeof(TInput), "row");
        var values = Expression.Parameter(typeof(IReadOnlyList<object?>), "values");
        var item = typeof(IReadOnlyList<object?>).GetProperty("Item")!;
        var assignments = typeof(TInput).GetFields(BindingFlags.Public | BindingFlags.Instance)
            .OrderBy(f => int.Parse(f.Name[1..], CultureInfo.InvariantCulture))
            .Select((field, i) => (Expression)Expression.Assign(Expression.Field(row, field),
                Expression.Convert(Expression.Property(values, item, Expression.Constant(i)), field.FieldType)));
        return Expression.Lambda<Action<TInput, IReadOnlyList<object?>>>(Expression.Block(assignments), row, values).Compile();
    }
}
