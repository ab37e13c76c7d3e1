namespace Mlops.Targets.GitHubActions.Internal.Workflows;

/// <summary>
/// Which jobs a workflow has and what each needs: every target the invoked ones reach (dependencies and triggers)
/// gets a job, except targets that run inside their dependents' jobs; <c>needs:</c> follows the target graph.
/// </summary>
internal static class WorkflowJobPlan
{
    public static List<WorkflowJob> Create(IReadOnlyList<ExecutableTarget> invoked, TargetCatalog catalog)
    {
        var reached = Reach(invoked);
        var jobs = reached.Where(t => !RunsInDependentJobs(t) || invoked.Contains(t))
            .ToDictionary(t => t, t => new WorkflowJob(t));

        foreach (var job in jobs.Values)
        {
            var inside = new List<ExecutableTarget>();
            CollectShared(job.Target, inside);
            job.Runs.AddRange(inside.Append(job.Target).Distinct().OrderBy(t => PlanIndex(reached, t)));

            var needed = job.Runs.SelectMany(t => t.Dependencies.Concat(t.RunsAfter))
                .Concat(catalog.Targets.Where(source => source.Triggers.Contains(job.Target)))
                .Where(t => t != job.Target && jobs.ContainsKey(t) && !job.Runs.Contains(t))
                .Distinct()
                .OrderBy(t => PlanIndex(reached, t));
            job.Needs.AddRange(needed.Select(t => jobs[t]));
        }

        return Ordered(jobs.Values);
    }

    /// <summary>The invoked targets with everything they depend on or trigger, in an order where each comes after what it needs.</summary>
    private static List<ExecutableTarget> Reach(IReadOnlyList<ExecutableTarget> invoked)
    {
        var ordered = new List<ExecutableTarget>();
        var seen = new HashSet<ExecutableTarget>();

        void Visit(ExecutableTarget target)
        {
            if (!seen.Add(target))
            {
                return;
            }

            foreach (var dependency in target.Dependencies)
            {
                Visit(dependency);
            }

            ordered.Add(target);
            foreach (var triggered in target.Triggers)
            {
                Visit(triggered);
            }
        }

        foreach (var target in invoked)
        {
            Visit(target);
        }

        return ordered;
    }

    private static void CollectShared(ExecutableTarget target, List<ExecutableTarget> inside)
    {
        foreach (var dependency in target.Dependencies.Where(d => RunsInDependentJobs(d) && !inside.Contains(d)))
        {
            inside.Add(dependency);
            CollectShared(dependency, inside);
        }
    }

    /// <summary>Each job after the jobs it needs, ties in declaration order: the file reads like the pipeline.</summary>
    private static List<WorkflowJob> Ordered(IEnumerable<WorkflowJob> jobs)
    {
        var remaining = jobs.ToList();
        var ordered = new List<WorkflowJob>();
        while (remaining.Count > 0)
        {
            var next = remaining.Where(j => j.Needs.All(ordered.Contains)).MinBy(j => j.Target.Order)!;
            remaining.Remove(next);
            ordered.Add(next);
        }

        return ordered;
    }

    private static bool RunsInDependentJobs(ExecutableTarget target) => target.Extension<GitHubJobSettings>()?.RunsInDependentJobs == true;

    private static int PlanIndex(List<ExecutableTarget> reached, ExecutableTarget target) => reached.IndexOf(target) is var i and >= 0 ? i : int.MaxValue;
}
