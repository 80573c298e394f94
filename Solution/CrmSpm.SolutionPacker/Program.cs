using System;
using System.IO;
using CrmSpm.SolutionPacker;

// build.ps1 Pack runs: pack <net462 CrmSpm.Plugins.dll> <output folder> <web resource folder>...
//                      version   (prints the solution version)
//                      customizations <file>   (writes customizations.xml, for review)
if (args.Length == 1 && args[0] == "version")
{
    Console.WriteLine(CrmSpmSolution.Version);
    return 0;
}

if (args.Length == 2 && args[0] == "customizations")
{
    CrmSpmSolution.Customizations().Save(args[1]);
    return 0;
}

if (args.Length >= 4 && args[0] == "pack")
{
    try
    {
        foreach (var path in SolutionPackage.WriteBoth(args[1], args[3..], args[2]))
        {
            Console.WriteLine($"Wrote {path}");
        }

        return 0;
    }
    catch (Exception e) when (e is InvalidOperationException or IOException)
    {
        Console.Error.WriteLine(e.Message);
        return 1;
    }
}

Console.Error.WriteLine("Usage: pack <plugin.dll> <output folder> <web resource folder>... | version | customizations <file>");
return 2;
