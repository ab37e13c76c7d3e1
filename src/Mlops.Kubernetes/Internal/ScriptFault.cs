namespace Mlops.Kubernetes.Internal;

/// <summary>Where Argo CD's Lua health script would stop with an error; Argo CD then reports the resource as Unknown.</summary>
internal sealed class ScriptFault(string message) : Exception(message);
