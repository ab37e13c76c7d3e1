namespace Mlops.Linting.Tests;

/// <summary>Workflow texts; the line numbers in the comments are what the findings must point at.</summary>
internal static class Workflows
{
    public const string Clean = """
        name: ci
        on: push
        permissions:
          contents: read
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1
              - run: echo hello

        """;

    // Line 10, column 24 is the "g" of github.foo.
    public const string UndefinedProperty = """
        name: ci
        on: push
        permissions:
          contents: read
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1
              - run: echo "${{ github.foo }}"

        """;

    // Line 7: a runner label that does not exist; line 8: a misspelt job key.
    public const string BadRunnerAndUnknownKey = """
        name: deploy
        on: push
        permissions:
          contents: read
        jobs:
          deploy:
            runs-on: ubuntu-lates
            timeout-minute: 10
            steps:
              - run: echo deploying

        """;
}
