// Some tests install Serilog's static Log.Logger to see what the runner logs; runs must not overlap.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
