namespace Mlops.GitHub;

/// <summary>
/// One comment per marker on a pull request, kept up to date: the body carries an invisible
/// <c>&lt;!-- mlops:{marker} --&gt;</c> line, and each run updates the comment with that marker in place, or creates it
/// when there is none. So a report (evaluation, data validation…) stays one comment however often the pipeline runs.
/// </summary>
public interface IPullRequestComments
{
    /// <summary>
    /// Creates or updates the comment for <paramref name="marker"/> (letters, digits and <c>. _ / -</c> between them)
    /// so that it reads <paramref name="body"/> under the marker line.
    /// </summary>
    Task<CommentResult> UpsertAsync(PullRequestContext pullRequest, string marker, string body, CancellationToken cancellation = default);
}
