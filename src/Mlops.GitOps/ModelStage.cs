using System.Text.Json.Serialization;

namespace Mlops.GitOps;

/// <summary>Where a release of the model stands: serving in staging, serving in production, or retired.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ModelStage>))]
public enum ModelStage
{
    Staging,
    Production,
    Archived,
}
