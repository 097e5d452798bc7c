using System.Text.Json;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

var pairs = File.ReadLines(args[0]).Select(l => JsonDocument.Parse(l).RootElement)
    .Select(e => (Id: e.GetProperty("id").GetString()!, Source: e.GetProperty("source").GetString()!, Target: e.GetProperty("target").GetString()!))
    .ToList();
var index = 0;
using IApplication app = Application.Create().Init();
var window = new Window { Title = "review spike", BorderStyle = Terminal.Gui.Drawing.LineStyle.None };
var header = new Label { X = 0, Y = 0, Width = Dim.Fill() };
var source = new Label { X = 0, Y = 1, Width = Dim.Fill(), Height = Dim.Percent(45) };
var target = new Label { X = 0, Y = Pos.Bottom(source), Width = Dim.Fill(), Height = Dim.Fill(1) };
var status = new Label { X = 0, Y = Pos.AnchorEnd(1), Width = Dim.Fill(), Text = "a accept  j next  q quit" };
void Show()
{
    var p = pairs[index];
    header.Text = $" pair {index + 1} of {pairs.Count} · {p.Id} · pending";
    source.Text = p.Source;
    target.Text = p.Target;
}
window.KeyDown += (_, key) =>
{
    if (key.KeyCode == KeyCode.J) { index = Math.Min(index + 1, pairs.Count - 1); Show(); key.Handled = true; }
    else if (key.KeyCode == KeyCode.K) { index = Math.Max(index - 1, 0); Show(); key.Handled = true; }
    else if (key.KeyCode == KeyCode.Q) { app.RequestStop(); key.Handled = true; }
};
window.Add(header, source, target, status);
Show();
app.Run(window);
window.Dispose();
