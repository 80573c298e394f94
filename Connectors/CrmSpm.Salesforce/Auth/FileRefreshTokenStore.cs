using System;
using System.IO;

namespace CrmSpm.Salesforce.Auth;

/// <summary>
/// Keeps the current refresh token in a file between runs. With rotation on, each login returns a new
/// token and invalidates the old one; sending the old one again makes Salesforce revoke the whole grant,
/// so the new token must outlive the process. Writes are atomic (temporary file, then rename) so a crash
/// leaves either the old or the new token, never half of one; on Unix the file is readable by its owner only.
/// </summary>
public sealed class FileRefreshTokenStore
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public FileRefreshTokenStore(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
    }

    public string Path { get; }

    /// <summary>The stored token, or null when the file does not exist yet or is empty (first run).</summary>
    public Secret? Read()
    {
        if (!File.Exists(Path))
        {
            return null;
        }

        var text = File.ReadAllText(Path).Trim();
        return text.Length == 0 ? null : new Secret(text);
    }

    /// <summary>Replaces the stored token. Errors name the file, never the token.</summary>
    public void Save(Secret token)
    {
        var folder = System.IO.Path.GetDirectoryName(Path)!;
        var temporary = System.IO.Path.Combine(folder, $".{System.IO.Path.GetFileName(Path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                // Created owner-only, so the token is never readable by others, not even for a moment.
                options.UnixCreateMode = OwnerOnly;
            }

            using (var stream = new FileStream(temporary, options))
            using (var writer = new StreamWriter(stream))
            {
                writer.Write(token.Reveal());
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows())
            {
                // The create mode is masked by the umask; set it explicitly so the result does not depend on it.
                File.SetUnixFileMode(temporary, OwnerOnly);
            }

            File.Move(temporary, Path, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            // Salesforce has already rotated the token: without the new one saved, the grant needs re-authorizing.
            throw new SalesforceAuthenticationException("refresh_token_not_saved",
                $"could not save the rotated refresh token to {Path} ({exception.Message}); fix the file's folder or permissions and authorize the app again, because the token in that file is no longer valid",
                0);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Best effort: a leftover temporary file is harmless and owner-only.
        }
    }
}
