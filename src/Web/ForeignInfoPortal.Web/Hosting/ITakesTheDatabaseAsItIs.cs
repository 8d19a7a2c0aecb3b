using ForeignInfoPortal.Core.Hosting;

namespace ForeignInfoPortal.Web.Hosting;

/// <summary>
/// A verb that works on the database as it finds it (missing, empty, or another site's): the first-start work
/// (migrations, the setup recipe, the administrator) must not run before it, or a restore would find a freshly set-up
/// site in its way.
/// </summary>
internal interface ITakesTheDatabaseAsItIs : IHostVerb;
