using ForeignInfoPortal.Core.Audit;

namespace ForeignInfoPortal.Audit.ViewModels;

/// <summary>One page of the trail with the filter's choices.</summary>
public sealed class AuditListViewModel
{
    public required AuditFilter Filter { get; init; }

    public required IReadOnlyList<AuditRow> Rows { get; init; }

    public required int TotalCount { get; init; }

    public required int TotalPages { get; init; }

    public required IReadOnlyList<KeyValuePair<string, string>> Actions { get; init; }

    public required IReadOnlyList<KeyValuePair<string, string>> Users { get; init; }

    public required IReadOnlyList<KeyValuePair<string, string>> Subjects { get; init; }

    public required IReadOnlyDictionary<string, string> Errors { get; init; }
}

/// <summary>An entry as the list, the detail page and the CSV show it (Vietnam time, names rather than codes).</summary>
public sealed record AuditRow(
    long Id, string When, string Action, string ActionCode, string? UserName, string? UserId, string Subject, string? SubjectType,
    string? SubjectId, string? SubjectTitle, string Details, string? IpAddress);

/// <summary>One entry with its field-level changes when it has them.</summary>
public sealed record AuditDetailViewModel(AuditRow Entry, IReadOnlyList<FieldDiff>? Changes, string? RawDetails, string? SubjectUrl);
