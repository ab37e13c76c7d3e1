using Mlops.Containers;
using Mlops.Serving;

namespace Mlops.Delivery;

/// <summary>A serving image as built, and the model it serves.</summary>
public sealed record BuiltServingImage(BuiltImage Image, ServedModel Model);
