using System;
using System.IO;
using CrmSpm.SolutionPacker;

// build.ps1 Pack runs: pack <net462 CrmSpm.Plugins.dll> <output folder> <Solution/Dataverse/WebResources> <WebResources>
//                      (packs WebResources/dist, which `npm run build --prefix WebResources` writes, if it is current)
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

if (args.Length == 5 && args[0] == "pack")
{
    try
    {
        WebResourceBuild.EnsureCurrent(args[4]);
        foreach (var path in SolutionPackage.WriteBoth(args[1], new[] { args[3], WebResourceBuild.DistOf(args[4]) }, args[2]))
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

Console.Error.WriteLine("Usage: pack <plugin.dll> <output folder> <Solution/Dataverse/WebResources> <WebResources> | version | customizations <file>");
return 2;
