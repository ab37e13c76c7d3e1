// The engine installs its logger as Serilog's static Log.Logger for a run; runs must not overlap.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
