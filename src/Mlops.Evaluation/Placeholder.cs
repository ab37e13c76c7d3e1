namespace Mlops.Evaluation;

internal static class Placeholder;
