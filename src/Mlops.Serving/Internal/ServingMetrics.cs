using Prometheus;

namespace Mlops.Serving.Internal;

/// <summary>
/// What /metrics shows, in a registry of the app's own (two apps in one process, as in tests, never share counts):
/// requests by status, latency, rows, the model served, the drift of each feature, and the process's own metrics.
/// </summary>
internal sealed class ServingMetrics
{
    private readonly Counter _requests;
    private readonly Histogram _latency;
    private readonly Counter _rows;
    private readonly Gauge _drift;
    private readonly Gauge _windowRows;
    private readonly string _model;

    public ServingMetrics(ServedModel model)
    {
        _model = model.Name;
        Registry = Metrics.NewCustomRegistry();
        DotNetStats.Register(Registry);
        var metrics = Metrics.WithCustomRegistry(Registry);
        _requests = metrics.CreateCounter("model_prediction_requests_total", "Prediction requests (/predict and /v2/.../infer) by HTTP status.",
            new CounterConfiguration { LabelNames = ["model", "status"] });
        _latency = metrics.CreateHistogram("model_prediction_latency_seconds", "Time to answer a prediction request, reading and scoring included.",
            new HistogramConfiguration { LabelNames = ["model"], Buckets = Histogram.ExponentialBuckets(0.0001, 2, 16) });
        _rows = metrics.CreateCounter("model_prediction_rows_total", "Rows scored.", new CounterConfiguration { LabelNames = ["model"] });
        _drift = metrics.CreateGauge("model_feature_drift_psi",
            "Population stability index of each feature over the latest served rows against the training data's profile.",
            new GaugeConfiguration { LabelNames = ["feature"] });
        _windowRows = metrics.CreateGauge("model_feature_drift_window_rows", "Served rows the drift gauges are computed over.");
        metrics.CreateGauge("model_info", "The model served: always 1, its name, version and sha256 as labels.",
            new GaugeConfiguration { LabelNames = ["model", "version", "sha256"] }).WithLabels(model.Name, model.Version, model.Sha256).Set(1);
    }

    public CollectorRegistry Registry { get; }

    public void Answered(int status, TimeSpan elapsed, int rows)
    {
        _requests.WithLabels(_model, StatusText(status)).Inc();
        _latency.WithLabels(_model).Observe(elapsed.TotalSeconds);
        if (rows > 0)
        {
            _rows.WithLabels(_model).Inc(rows);
        }
    }

    /// <summary>
    /// Computes the drift gauges when /metrics is scraped, not on every request. Under
    /// <see cref="DriftWindow.MinimumRows"/> rows a PSI is noise, so the gauges are NaN, which no alert threshold passes.
    /// </summary>
    public void Watch(DriftWindow window) => Registry.AddBeforeCollectCallback(() =>
    {
        foreach (var (feature, psi) in window.Psi())
        {
            _drift.WithLabels(feature).Set(window.Rows < DriftWindow.MinimumRows ? double.NaN : psi);
        }

        _windowRows.Set(window.Rows);
    });

    private static string StatusText(int status) => status switch
    {
        200 => "200",
        400 => "400",
        401 => "401",
        404 => "404",
        413 => "413",
        415 => "415",
        503 => "503",
        _ => status.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
