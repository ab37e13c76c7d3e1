using Mlops.Testing;

namespace Mlops.Serving.Tests;

/// <summary>A CSV like the training data read into records in the model's column order, columns found by name.</summary>
public sealed class ReadingCsvRecords : IDisposable
{
    private static readonly ModelColumn[] Columns =
    [
        new("age", ModelColumnKind.Number), new("workclass", ModelColumnKind.Category), new("fnlwgt", ModelColumnKind.Number),
        new("native_country", ModelColumnKind.Category),
    ];

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Every_test_row_is_read_numbers_as_floats_and_categories_as_text_the_label_left_out()
    {
        var records = CsvRecords.Read(SharedAdultData.Test, Columns);

        Assert.Equal(16_281, records.Count);
        // 25,Private,226802,11th,7,Never-married,Machine-op-inspct,Own-child,Black,Male,0,0,40,United-States,0
        Assert.Equal([25f, "Private", 226802f, "United-States"], records[0]);
    }

    [Fact]
    public void Columns_are_found_by_their_header_name_not_their_position()
    {
        var lines = File.ReadLines(SharedAdultData.Test).Take(4).Select(line => string.Join(',', line.Split(',').Reverse()));
        File.WriteAllLines(_folder["reversed.csv"], lines);

        var reversed = CsvRecords.Read(_folder["reversed.csv"], Columns);

        Assert.Equal(CsvRecords.Read(SharedAdultData.Test, Columns, maxRows: 3), reversed);
    }

    [Fact]
    public void A_file_without_a_column_the_model_takes_or_no_file_is_one_line_naming_it()
    {
        File.WriteAllLines(_folder["no-fnlwgt.csv"], ["age,workclass,native_country,label", "30,Private,Peru,0"]);

        var noColumn = Assert.Throws<ServingInputException>(() => CsvRecords.Read(_folder["no-fnlwgt.csv"], Columns));
        var noFile = Assert.Throws<ServingInputException>(() => CsvRecords.Read(_folder["nowhere.csv"], Columns));
        var empty = Assert.Throws<ServingInputException>(() => CsvRecords.Read(_folder.Write("empty.csv", ""), Columns));

        Assert.Equal($"{_folder["no-fnlwgt.csv"]}: no column 'fnlwgt' in the header, which the model takes.", noColumn.Message);
        Assert.Equal($"{_folder["nowhere.csv"]}: no such file.", noFile.Message);
        Assert.Equal($"{_folder["empty.csv"]}: the file is empty.", empty.Message);
    }
}
