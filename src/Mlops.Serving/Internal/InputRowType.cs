using System.Reflection;
using System.Reflection.Emit;
using Microsoft.ML.Data;

namespace Mlops.Serving.Internal;

/// <summary>
/// A class made at run time with one public field per model input (float or string, named by [ColumnName]): ML.NET's
/// PredictionEngine needs a CLR type, and the model's inputs are only known once its model.zip is read.
/// </summary>
internal static class InputRowType
{
    private static readonly ModuleBuilder Module = AssemblyBuilder
        .DefineDynamicAssembly(new AssemblyName("Mlops.Serving.InputRows"), AssemblyBuilderAccess.Run)
        .DefineDynamicModule("InputRows");

    private static int _count;

    public static Type Create(IReadOnlyList<ModelColumn> columns)
    {
        var type = Module.DefineType($"InputRow{Interlocked.Increment(ref _count)}", TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class);
        var columnName = typeof(ColumnNameAttribute).GetConstructor([typeof(string)])!;
        for (var i = 0; i < columns.Count; i++)
        {
            var field = type.DefineField($"C{i}", columns[i].Kind == ModelColumnKind.Number ? typeof(float) : typeof(string), FieldAttributes.Public);
            field.SetCustomAttribute(new CustomAttributeBuilder(columnName, [columns[i].Name]));
        }

        return type.CreateType();
    }
}
