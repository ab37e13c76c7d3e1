using Mlops.Names;

namespace Mlops.Targets.Internal;

/// <summary>Every Requires of every target that will run, checked before the first target starts, all failures at once.</summary>
internal static class Requirements
{
    public static void ThrowIfUnmet(ExecutionPlan plan, IReadOnlyList<ParameterMember> parameters)
    {
        var problems = new List<string>();
        foreach (var step in plan.Steps.Where(s => s.SkipReason is null))
        {
            var definition = step.Target.Definition;
            foreach (var requirement in definition.RequiredParameters.Where(r => !r.IsSatisfied()))
            {
                var option = parameters.FirstOrDefault(p => p.Name == requirement.MemberName)?.Option
                    ?? "--" + KebabCase.Of(requirement.MemberName);
                problems.Add($"target '{step.Name}' requires parameter '{requirement.MemberName}' ({option}), which is not set");
            }

            foreach (var condition in definition.RequiredConditions.Where(c => !ExecutionPlan.Evaluate(step.Target, c, "Requires")))
            {
                problems.Add($"target '{step.Name}' requires {condition.Text}, which is false");
            }
        }

        if (problems.Count > 0)
        {
            throw new BuildInputException(string.Join("; ", problems) + ".");
        }
    }
}
