namespace ForeignInfoPortal.Media.Services;

/// <summary>A library action was refused (a picture that cannot be taken, a deletion of a picture in use); the message is Vietnamese.</summary>
public sealed class MediaRefusedException(string message) : Exception(message);
