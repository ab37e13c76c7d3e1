using System.Net;
using System.Net.Sockets;

namespace Mlops.Containers.Internal;

/// <summary>A loopback port nothing listens on now, for a service about to start.</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
