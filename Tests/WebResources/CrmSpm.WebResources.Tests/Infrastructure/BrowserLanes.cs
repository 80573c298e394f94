using System.Collections.Concurrent;

namespace CrmSpm.WebResources.Tests.Infrastructure;

/// <summary>The idle UTC lanes: a test rents one (or a new one when all are busy) and returns it when it passed.</summary>
public static class BrowserLanes
{
    private static readonly ConcurrentBag<BrowserLane> Idle = [];
    private static readonly ConcurrentBag<BrowserLane> All = [];

    public static async Task<BrowserLane> RentAsync()
    {
        if (Idle.TryTake(out var lane))
        {
            return lane;
        }

        lane = await BrowserLane.OpenAsync("UTC");
        All.Add(lane);
        return lane;
    }

    /// <summary>Takes back a lane its test left in order (see <see cref="BrowserLane.ResetAsync"/>).</summary>
    public static void Return(BrowserLane lane) => Idle.Add(lane);

    /// <summary>Closes every lane (once the whole run is over); closing one already closed does nothing.</summary>
    public static async Task CloseAllAsync()
    {
        Idle.Clear();
        while (All.TryTake(out var lane))
        {
            await lane.CloseAsync();
        }
    }
}
