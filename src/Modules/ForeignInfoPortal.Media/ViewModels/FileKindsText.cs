using ForeignInfoPortal.Core.Files;

namespace ForeignInfoPortal.Media.ViewModels;

/// <summary>The kinds the library takes, for people ("JPEG, PNG, WebP").</summary>
public static class FileKindsText
{
    public static string Images => FileKinds.Describe(FileKind.Image);
}
