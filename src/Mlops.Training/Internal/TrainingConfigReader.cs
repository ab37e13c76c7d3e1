using Mlops.Config;

namespace Mlops.Training.Internal;

/// <summary>Reads configs/training.json through the project's one reader (Mlops.Config), then checks what it means.</summary>
internal static class TrainingConfigReader
{
    public static TrainingConfig Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        TrainingConfigJson json;
        try
        {
            json = ConfigFile.Read<TrainingConfigJson>(path);
        }
        catch (ConfigFileException e)
        {
            throw new TrainingInputException(e.Message, e);
        }

        var config = new TrainingConfig(
            json.Label,
            json.Seed,
            new FeatureSet(json.Features.Numeric, json.Features.Categorical),
            [.. json.Candidates.Select(c => new CandidateConfig(c.Name, c.Trainer, c.Hyperparameters ?? []))])
        {
            Source = path,
        };
        TrainingConfigCheck.Check(config);
        return config;
    }
}
