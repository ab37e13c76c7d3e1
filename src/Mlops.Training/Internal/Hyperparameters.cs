using System.Reflection;
using System.Text.Json;
using Mlops.Names;

namespace Mlops.Training.Internal;

/// <summary>
/// Sets a candidate's hyperparameters on a trainer's Options object by member name (case-insensitive), converting
/// each JSON value to the member's type. Every mistake is one line naming the candidate and the key.
/// </summary>
internal static class Hyperparameters
{
    /// <param name="targets">The Options object, and any nested options whose members are set by their own names (LightGbm's booster).</param>
    /// <param name="values">The hyperparameters as written in the config.</param>
    /// <param name="fixedByTrainer">Names the trainer sets itself, with the reason, which the config may not set.</param>
    /// <param name="where">"file: candidate 'name'", the start of every error message.</param>
    public static void Apply(
        IEnumerable<object> targets,
        IReadOnlyDictionary<string, JsonElement> values,
        IReadOnlyDictionary<string, string> fixedByTrainer,
        string where)
    {
        var members = OptionMember.Of(targets);
        var settable = members.Where(m => JsonValueConversion.Supports(m.Type) && !fixedByTrainer.ContainsKey(m.Name)).ToList();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in values)
        {
            if (!seen.Add(key))
            {
                throw new TrainingInputException($"{where}: hyperparameter '{key}' is given twice (names ignore case).");
            }

            var fixedName = fixedByTrainer.Keys.FirstOrDefault(name => string.Equals(name, key, StringComparison.OrdinalIgnoreCase));
            if (fixedName is not null)
            {
                throw new TrainingInputException($"{where}: hyperparameter '{key}' cannot be set: {fixedByTrainer[fixedName]}.");
            }

            var member = settable.FirstOrDefault(m => string.Equals(m.Name, key, StringComparison.OrdinalIgnoreCase));
            if (member is null)
            {
                var unsupported = members.FirstOrDefault(m => string.Equals(m.Name, key, StringComparison.OrdinalIgnoreCase));
                throw new TrainingInputException(unsupported is not null
                    ? $"{where}: hyperparameter '{key}' is a {unsupported.Type.Name}, which the config cannot set."
                    : $"{where}: unknown hyperparameter '{key}'.{DidYouMean.OrKnown(key, settable.Select(m => m.Name))}");
            }

            if (!JsonValueConversion.TryConvert(value, member.Type, out var converted, out var expected))
            {
                throw new TrainingInputException($"{where}: hyperparameter '{member.Name}' is {value.GetRawText()}; expected {expected}.");
            }

            try
            {
                member.Set(converted);
            }
            catch (TargetInvocationException e) when (e.InnerException is ArgumentException inner)
            {
                throw new TrainingInputException($"{where}: hyperparameter '{member.Name}' = {value.GetRawText()}: {OneLine(inner.Message)}", inner);
            }
        }
    }

    public static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
