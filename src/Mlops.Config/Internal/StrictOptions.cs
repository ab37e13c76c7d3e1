using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Mlops.Config.Internal;

/// <summary>
/// System.Text.Json's own strictness (unmapped members, duplicate properties, required members, nullable annotations)
/// with the leniency people editing by hand need (comments, trailing commas), one set per file type because the
/// top-level "$schema" belongs to the file, not to the type.
/// </summary>
internal static class StrictOptions
{
    /// <summary>The field naming the file's JSON Schema, for editors; accepted at the top level and ignored.</summary>
    public const string SchemaField = "$schema";

    private static readonly ConcurrentDictionary<Type, JsonSerializerOptions> ByRootType = new();

    public static JsonSerializerOptions For(Type root) => ByRootType.GetOrAdd(root, Create);

    private static JsonSerializerOptions Create(Type root)
    {
        var resolver = new DefaultJsonTypeInfoResolver();
        resolver.Modifiers.Add(info =>
        {
            if (info.Type == root && info.Kind == JsonTypeInfoKind.Object)
            {
                var schema = info.CreateJsonPropertyInfo(typeof(string), SchemaField);
                schema.Set = static (_, _) => { };
                info.Properties.Add(schema);
            }
        });
        var options = new JsonSerializerOptions
        {
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            AllowDuplicateProperties = false,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            TypeInfoResolver = resolver,
            Converters = { new NonEmptyStringConverter() },
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>The document options that read the same text the serializer reads, to look at a value in an error.</summary>
    public static JsonDocumentOptions Document { get; } = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };
}
