using Mlops.Testing;

namespace Mlops.Serving.Tests;

/// <summary>The container's settings from its environment (passed in, never the test process's own).</summary>
[Collection(WithTrainedModel.Name)]
public sealed class ReadingContainerSettings(TrainedModel trained) : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private ServingOptions Read(params (string Name, string Value)[] variables) => Internal.ContainerSettings.Read(
        variables.Append((Name: "MODEL_ARTIFACTS", Value: trained.Artifacts)).ToDictionary(v => v.Name, v => (string?)v.Value), Serilog.Core.Logger.None);

    [Fact]
    public void The_key_comes_from_API_KEY_or_the_file_API_KEY_FILE_names_and_the_port_from_PORT()
    {
        var fromVariable = Read(("API_KEY", "abc"));
        var fromFile = Read(("API_KEY_FILE", _folder.Write("secret/api-key", "from-file\n")), ("PORT", "9000"));

        Assert.Equal("abc", fromVariable.ApiKey);
        Assert.Equal(["http://0.0.0.0:8080"], fromVariable.Urls);
        Assert.Equal("from-file", fromFile.ApiKey);
        Assert.Equal(["http://0.0.0.0:9000"], fromFile.Urls);
        Assert.Equal(trained.Chosen, fromFile.Model.Name);
    }

    [Fact]
    public void Without_a_key_the_server_does_not_start_open()
    {
        var error = Assert.Throws<ServingInputException>(() => Read());

        Assert.Equal("No API key: set API_KEY, or API_KEY_FILE to a file holding it (a mounted secret); the prediction endpoints need one.", error.Message);
    }

    [Theory]
    [InlineData("API_KEY_FILE", "/nonexistent/key", "API_KEY_FILE /nonexistent/key: cannot be read: ")]
    [InlineData("PORT", "eighty", "PORT must be a whole number from 1 to 65535, not 'eighty'.")]
    [InlineData("PORT", "70000", "PORT must be a whole number from 1 to 65535, not '70000'.")]
    [InlineData("DRIFT_WINDOW_ROWS", "-5", "DRIFT_WINDOW_ROWS must be a whole number from 1 to 10000000, not '-5'.")]
    public void A_bad_value_is_one_line_naming_the_variable(string name, string value, string error)
    {
        var variables = name == "API_KEY_FILE" ? new[] { (name, value) } : [(name, value), ("API_KEY", "k")];

        var thrown = Assert.Throws<ServingInputException>(() => Read(variables));

        Assert.StartsWith(error, thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_key_file_or_both_ways_at_once_is_refused()
    {
        var empty = _folder.Write("empty", "  \n");

        Assert.Equal($"API_KEY_FILE {empty}: the file is empty.", Assert.Throws<ServingInputException>(() => Read(("API_KEY_FILE", empty))).Message);
        Assert.Equal("API_KEY and API_KEY_FILE are both set; set one.",
            Assert.Throws<ServingInputException>(() => Read(("API_KEY_FILE", empty), ("API_KEY", "k"))).Message);
    }
}
