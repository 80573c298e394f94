using System;
using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace CrmSpm.Salesforce.Sync.State;

/// <summary>
/// The state as a JSON file (by default next to the config file). Saving writes a temporary file beside it
/// and renames it over the old one, so a crash mid-save leaves either the old or the new state, never half.
/// </summary>
public sealed class FileSyncStateStore : ISyncStateStore
{
    private readonly string _path;

    public FileSyncStateStore(string path)
    {
        _path = Path.GetFullPath(path);
    }

    public string FilePath => _path;

    public async Task<SyncState> LoadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(_path))
        {
            return new SyncState();
        }

        SyncState? state;
        try
        {
            await using var stream = File.OpenRead(_path);
            state = await JsonSerializer.DeserializeAsync<SyncState>(stream, SyncStateJson.Options, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException exception)
        {
            // Starting over silently would forget which tips the reps already saw and answered.
            throw new InvalidDataException(
                $"The sync state file {_path} is damaged ({exception.Message}). Restore it from a backup, or delete it to start a full sync (tips then start counting from scratch).",
                exception);
        }

        if (state is null || state.Version != SyncState.CurrentVersion)
        {
            throw new InvalidDataException(
                $"The sync state file {_path} has version {state?.Version.ToString(CultureInfo.InvariantCulture) ?? "none"}; this build reads version {SyncState.CurrentVersion}.");
        }

        return state;
    }

    public async Task SaveAsync(SyncState state, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(_path)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(_path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                await JsonSerializer.SerializeAsync(stream, state, SyncStateJson.Options, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, _path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
