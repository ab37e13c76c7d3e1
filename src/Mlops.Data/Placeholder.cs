namespace Mlops.Data;

internal static class Placeholder;
