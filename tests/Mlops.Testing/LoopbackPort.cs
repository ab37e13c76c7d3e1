using System.Net;
using System.Net.Sockets;

namespace Mlops.Testing;

/// <summary>A loopback port nothing listens on: the OS hands out a free one, released at once for the test's server.</summary>
public static class LoopbackPort
{
    public static int Free()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
