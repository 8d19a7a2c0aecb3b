namespace ForeignInfoPortal.Documents.ViewModels;

/// <summary>The settings form: each list as lines of text.</summary>
public sealed class DocumentsSettingsViewModel
{
    /// <summary>"mã | tên" lines.</summary>
    public string? IssuingBodies { get; set; }

    /// <summary>"mã | tên" lines.</summary>
    public string? Fields { get; set; }

    /// <summary>"họ và tên | chức vụ" lines.</summary>
    public string? Signers { get; set; }
}
