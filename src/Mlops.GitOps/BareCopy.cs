using LibGit2Sharp;
using Mlops.GitOps.Internal;

namespace Mlops.GitOps;

/// <summary>
/// A bare clone of a repository on disk, standing in for its real remote where that cannot be reached (a simulated CI
/// run): pushes land there and can be looked at afterwards. Made afresh each time, replacing the last one.
/// </summary>
public static class BareCopy
{
    /// <summary>Clones <paramref name="repository"/> (every branch and tag) bare into <paramref name="folder"/>; returns the folder.</summary>
    public static string Create(string repository, string folder)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(folder);
        WorkClone.Delete(folder);
        try
        {
            Repository.Clone(repository, folder, new CloneOptions { IsBare = true });
        }
        catch (LibGit2SharpException e)
        {
            throw new GitOpsException($"{repository}: cannot make a bare copy in {folder}: {e.Message.TrimEnd('.')}.", e);
        }

        return folder;
    }
}
