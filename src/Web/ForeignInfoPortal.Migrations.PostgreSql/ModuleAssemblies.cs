using System.Reflection;

namespace ForeignInfoPortal.Migrations.PostgreSql;

/// <summary>The module assemblies whose tables the migrations hold; add a module here when it gains tables.</summary>
internal static class ModuleAssemblies
{
    public static Assembly[] All { get; } = [typeof(Statistics.StatisticsModule).Assembly, typeof(Search.SearchModule).Assembly, typeof(Media.MediaModule).Assembly,
        typeof(Workflow.WorkflowModule).Assembly, typeof(Scheduling.SchedulingModule).Assembly];
}
