using Mlops.Config;

namespace Mlops.Evaluation.Internal;

/// <summary>One of the evaluation step's JSON files, read by the project's one reader (Mlops.Config).</summary>
internal static class EvaluationFile
{
    public static T Read<T>(string path)
        where T : class
    {
        try
        {
            return ConfigFile.Read<T>(path);
        }
        catch (ConfigFileException e)
        {
            throw new EvaluationInputException(e.Message, e);
        }
    }
}
