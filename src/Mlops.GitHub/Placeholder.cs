namespace Mlops.GitHub;

internal static class Placeholder;
