using System;
using System.Collections.Generic;
using CrmSpm.Core.Model;

namespace CrmSpm.Core.Data;

/// <summary>
/// Takes each clean deal with its clean activities while <see cref="SnapshotSanitizer"/> groups them, so a step that
/// reads every deal's activities (the deal facts) reads them while they are still in cache instead of in a second pass
/// over a million activities. Fed only when the activities arrive in deal order (<see cref="CleanSnapshot.Streamed"/>).
/// </summary>
internal interface IDealStream
{
    /// <summary>Called once before any deal: the clean reps sorted by id, and how many clean deals follow.</summary>
    void Begin(IReadOnlyList<Rep> reps, int deals);

    /// <summary>
    /// The deal at <paramref name="index"/> in <see cref="CleanSnapshot.Opportunities"/>, with its activities, duplicates
    /// removed. Deals come in index order, each once.
    /// </summary>
    void Deal(int index, Opportunity deal, ArraySegment<Activity> activities);
}
