using System.Text.Json.Serialization;

namespace Mlops.Targets.Internal;

/// <summary>
/// The cache record's JSON writer, generated at compile time. Records are read with <see cref="System.Text.Json.JsonDocument"/>
/// instead, which the parameters have already warmed up: a no-op run reads one per target, and the serializer's first
/// use costs it some 20 ms of start-up.
/// </summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(CacheRecord))]
internal sealed partial class CacheJson : JsonSerializerContext;
