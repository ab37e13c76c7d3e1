using Mlops.Testing;

namespace Mlops.Files.Tests;

public sealed class HoldingAProcessLock : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_second_taker_waits_is_told_once_who_holds_it_and_gets_it_when_it_is_released()
    {
        var path = _folder["temp/build.lock"];
        var first = await ProcessLock.AcquireAsync(path, _ => Assert.Fail("nobody held it"));
        var told = new List<LockHolder?>();

        var second = ProcessLock.AcquireAsync(path, told.Add);
        await Task.Delay(400);
        Assert.False(second.IsCompleted);
        first.Dispose();
        using var taken = await second.WaitAsync(TimeSpan.FromSeconds(10));

        var holder = Assert.Single(told);
        Assert.NotNull(holder);
        Assert.Equal(Environment.ProcessId, holder.ProcessId);
        Assert.InRange(DateTimeOffset.Now - holder.Since, TimeSpan.Zero, TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Waiting_ends_with_the_cancellation_and_a_missing_or_damaged_owner_file_names_no_holder()
    {
        var path = _folder["build.lock"];
        using var held = await ProcessLock.AcquireAsync(path, _ => { });
        File.WriteAllText(path + ".owner", "not a holder");
        var told = new List<LockHolder?>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ProcessLock.AcquireAsync(path, told.Add, new CancellationTokenSource(300).Token));

        Assert.Equal([null], told);
        Assert.Null(LockHolder.Read(_folder["missing.owner"]));
    }
}
