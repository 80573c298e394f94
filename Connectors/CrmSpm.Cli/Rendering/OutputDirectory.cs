using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace CrmSpm.Cli.Rendering;

/// <summary>One file for an output directory: its name, its text and whether it starts with a UTF-8 byte order mark.</summary>
public sealed record OutputFile(string Name, string Text, bool ByteOrderMark = false);

/// <summary>
/// The directory of <c>--out</c> (<c>import</c>, <c>evaluate</c>): created when missing, refused when it is a file.
/// crmspm lists the files it writes there in <see cref="Manifest"/>: the next run replaces those and says so, while a
/// file of the same name that crmspm did not write (another tool's, or the user's) is refused, never overwritten.
/// </summary>
public static class OutputDirectory
{
    /// <summary>The list of the files crmspm wrote in the directory, one name a line after a comment line.</summary>
    public const string Manifest = "crmspm-files.txt";

    private const string ManifestComment = "# Written by crmspm (--out): its next run into this directory replaces these files.";

    /// <summary>Why <paramref name="directory"/> cannot take the files <paramref name="names"/>, in plain words; null when it can (or no --out was given).</summary>
    public static string? Problem(string? directory, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (directory == null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(directory))
        {
            return "--out needs a directory name.";
        }

        if (File.Exists(directory))
        {
            return "--out " + directory + " is a file: give a directory (a missing one is created).";
        }

        for (var parent = Path.GetDirectoryName(Path.GetFullPath(directory)); !string.IsNullOrEmpty(parent); parent = Path.GetDirectoryName(parent))
        {
            if (File.Exists(parent))
            {
                return "--out " + directory + " cannot be created: " + parent + " is a file.";
            }
        }

        var ours = Written(directory);
        foreach (var name in names)
        {
            var path = Path.Combine(directory, name);
            if (Directory.Exists(path))
            {
                return "--out " + directory + " holds a folder named " + name + ": give another directory.";
            }

            if (File.Exists(path) && !ours.Contains(name))
            {
                return "--out " + directory + " already holds " + name + ", which crmspm did not write: give another directory, or move that file (crmspm never overwrites it).";
            }
        }

        return null;
    }

    /// <summary>
    /// Writes <paramref name="files"/> into <paramref name="directory"/> and returns the sentence that says so, naming
    /// the files an earlier run wrote that were replaced. Throws <see cref="IOException"/> with <see cref="Problem"/>'s
    /// words when the directory cannot take them.
    /// </summary>
    public static string Write(string directory, IReadOnlyList<OutputFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (Problem(directory, files.Select(f => f.Name)) is { } problem)
        {
            throw new IOException(problem);
        }

        Directory.CreateDirectory(directory);
        var ours = Written(directory);
        var replaced = files.Where(f => File.Exists(Path.Combine(directory, f.Name))).Select(f => f.Name).ToList();
        // The list first: a run stopped halfway leaves files crmspm may still replace, never ones it would refuse.
        ours.UnionWith(files.Select(f => f.Name));
        File.WriteAllText(Path.Combine(directory, Manifest),
            ManifestComment + "\n" + string.Join("\n", ours.OrderBy(n => n, StringComparer.Ordinal)) + "\n", new UTF8Encoding(false));
        foreach (var file in files)
        {
            File.WriteAllText(Path.Combine(directory, file.Name), file.Text, new UTF8Encoding(file.ByteOrderMark));
        }

        var sentence = "Wrote " + Format.List(files.Select(f => f.Name).ToList()) + " to " + directory;
        return replaced.Count == 0
            ? sentence + "."
            : sentence + string.Format(CultureInfo.InvariantCulture, ", replacing {0} of an earlier run: {1}.",
                replaced.Count == 1 ? "the file" : "the files", Format.List(replaced));
    }

    /// <summary>The names in the directory's manifest (none when it has none).</summary>
    private static HashSet<string> Written(string directory)
    {
        var manifest = Path.Combine(directory, Manifest);
        return File.Exists(manifest)
            ? File.ReadAllLines(manifest).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);
    }
}
