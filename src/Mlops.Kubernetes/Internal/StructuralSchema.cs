using System.Text.Json.Nodes;

namespace Mlops.Kubernetes.Internal;

/// <summary>
/// A CRD's openAPIV3Schema turned into a JSON Schema (2020-12) that judges an object as the API server's strict field
/// validation does: an object's fields are those its schema lists, unless it says
/// <c>x-kubernetes-preserve-unknown-fields</c>; <c>x-kubernetes-int-or-string</c> takes either; <c>nullable</c> takes
/// null. OpenAPI 3.0's boolean exclusiveMinimum/Maximum become 2020-12's numbers. Descriptions are dropped and formats
/// left to the server (it checks only a few). CEL rules (<c>x-kubernetes-validations</c>) are not evaluated.
/// </summary>
internal static class StructuralSchema
{
    /// <summary>Fields every object has, which CRD schemas often leave out (the server checks metadata itself).</summary>
    private static readonly string[] ObjectFields = ["apiVersion", "kind"];

    public static JsonObject ToJsonSchema(JsonObject openApi)
    {
        var schema = Convert(openApi);
        AllowObjectFields(schema);
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        return schema;
    }

    private static JsonObject Convert(JsonObject source)
    {
        var target = new JsonObject();
        var preserveUnknown = source["x-kubernetes-preserve-unknown-fields"]?.GetValue<bool>() == true;
        var nullable = source["nullable"]?.GetValue<bool>() == true;
        if (source["x-kubernetes-int-or-string"]?.GetValue<bool>() == true)
        {
            target["type"] = nullable ? new JsonArray("integer", "string", "null") : new JsonArray("integer", "string");
        }
        else if (source["type"]?.GetValue<string>() is { } type)
        {
            target["type"] = nullable ? new JsonArray(type, "null") : type;
        }

        foreach (var (name, value) in source)
        {
            switch (name)
            {
                case "properties":
                    target["properties"] = new JsonObject([.. value!.AsObject().Select(p =>
                        KeyValuePair.Create(p.Key, (JsonNode?)Convert(p.Value!.AsObject())))]);
                    break;
                case "items" or "not":
                    target[name] = Convert(value!.AsObject());
                    break;
                case "additionalProperties":
                    target[name] = value is JsonObject inner ? Convert(inner) : value!.DeepClone();
                    break;
                case "allOf" or "anyOf" or "oneOf":
                    target[name] = new JsonArray([.. value!.AsArray().Select(s => (JsonNode)Convert(s!.AsObject()))]);
                    break;
                case "exclusiveMinimum" or "exclusiveMaximum":
                    break; // folded into minimum/maximum below
                case "minimum" or "maximum":
                    var exclusive = source["exclusive" + char.ToUpperInvariant(name[0]) + name[1..]]?.GetValue<bool>() == true;
                    target[exclusive ? "exclusive" + char.ToUpperInvariant(name[0]) + name[1..] : name] = value!.DeepClone();
                    break;
                case "enum" or "required" or "pattern" or "minLength" or "maxLength" or "minItems" or "maxItems" or "uniqueItems"
                    or "minProperties" or "maxProperties" or "multipleOf":
                    target[name] = value!.DeepClone();
                    break;
                default:
                    break; // type (above), description, format, default, example, x-kubernetes-* extensions
            }
        }

        if (source["x-kubernetes-embedded-resource"]?.GetValue<bool>() == true)
        {
            AllowObjectFields(target);
        }

        // What the server prunes, strict validation refuses: an object keeps only the fields its schema names.
        if (target["type"]?.ToString() == "object" && !preserveUnknown && !target.ContainsKey("additionalProperties"))
        {
            target["additionalProperties"] = false;
        }

        return target;
    }

    private static void AllowObjectFields(JsonObject schema)
    {
        if (schema["properties"] is not JsonObject properties)
        {
            schema["properties"] = properties = [];
        }

        foreach (var field in ObjectFields)
        {
            if (!properties.ContainsKey(field))
            {
                properties[field] = new JsonObject { ["type"] = "string" };
            }
        }

        // Metadata is the server's own ObjectMeta, checked as a core object; a CRD's "type: object" would refuse its fields.
        properties["metadata"] = new JsonObject { ["type"] = "object" };
    }
}
