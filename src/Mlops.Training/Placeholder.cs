namespace Mlops.Training;

internal static class Placeholder;
