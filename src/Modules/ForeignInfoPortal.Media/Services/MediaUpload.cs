using System.Globalization;
using ForeignInfoPortal.Core.Files;
using ForeignInfoPortal.Media.Imaging;
using Microsoft.Extensions.Logging;

namespace ForeignInfoPortal.Media.Services;

/// <summary>
/// Turns an uploaded picture into a cleaned file ready to store: copied to a work file (counted, refused as soon as
/// it is too large), recognised from its content (the name's extension must be on the allow-list and agree),
/// refused from its header when it has too many pixels, then decoded in full and written upright without
/// metadata. Every refusal is a <see cref="MediaRefusedException"/> in Vietnamese and leaves no work file behind.
/// </summary>
internal sealed class MediaUpload(ImageProcessor processor, MediaOptions options, ILogger<MediaUpload> logger)
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>A cleaned picture in a work file the caller stores and then disposes (which deletes it).</summary>
    public sealed record Cleaned(string Name, FileKind Kind, int Width, int Height, string Path) : IDisposable
    {
        public void Dispose() => File.Delete(Path);
    }

    public async Task<Cleaned> CleanAsync(Stream content, string? fileName, CancellationToken cancellationToken)
    {
        var name = FileNames.Normalize(fileName);
        var claimed = FileKinds.FromExtension(name);
        if (claimed == FileKind.Heic)
        {
            throw new MediaRefusedException(HeicRefusal(name));
        }

        if (!FileKinds.IsImage(claimed))
        {
            throw new MediaRefusedException(
                $"Tệp \"{name}\" không được nhận: thư viện chỉ nhận ảnh {FileKinds.Describe(FileKind.Image)} ({FileKinds.Accept(FileKind.Image)}).");
        }

        Directory.CreateDirectory(options.WorkFolder);
        var upload = System.IO.Path.Combine(options.WorkFolder, $"{Guid.NewGuid():N}.upload");
        var cleaned = System.IO.Path.Combine(options.WorkFolder, $"{Guid.NewGuid():N}{FileKinds.Extension(claimed)}");
        try
        {
            await CopyAsync(content, upload, name, cancellationToken);
            FileKind kind;
            await using (var stored = File.OpenRead(upload))
            {
                kind = FileSniffer.Sniff(stored, name);
                if (kind == FileKind.Heic)
                {
                    throw new MediaRefusedException(HeicRefusal(name));
                }

                if (!FileKinds.IsImage(kind))
                {
                    throw new MediaRefusedException(
                        $"Tệp \"{name}\" không phải là ảnh hợp lệ (nội dung thực: {(kind == FileKind.None ? FileSniffer.DescribeUnknown(stored) : FileKinds.Describe(kind))}).");
                }
            }

            if (kind != claimed)
            {
                throw new MediaRefusedException(
                    $"Tệp \"{name}\" có đuôi {FileKinds.Describe(claimed)} nhưng nội dung là ảnh {FileKinds.Describe(kind)}: hãy đổi đuôi tệp cho đúng.");
            }

            var (width, height) = await processor.RunAsync(() =>
            {
                using var input = ImageInput.FromFile(upload);
                return processor.WriteCleaned(input, kind, cleaned);
            }, cancellationToken);
            return new Cleaned(name, kind, width, height, cleaned);
        }
        catch (ImageTooLargeException tooLarge)
        {
            File.Delete(cleaned);
            throw new MediaRefusedException(string.Create(Vietnamese,
                $"Ảnh \"{name}\" quá lớn: {tooLarge.Header.Width:N0} × {tooLarge.Header.Height:N0} điểm ảnh, giới hạn {tooLarge.MaxPixels / 1_000_000.0:N0} triệu điểm ảnh."));
        }
        catch (ImagingUnavailableException)
        {
            File.Delete(cleaned);
            throw new MediaRefusedException("Máy chủ này chưa xử lý được ảnh (thiếu thư viện libvips): chưa tải ảnh lên được. Hãy báo quản trị hệ thống.");
        }
        catch (Exception exception) when (StorageFull.Is(exception)
            || (exception is ImageException && File.Exists(upload) && StorageFull.Lacks(options.WorkFolder, new FileInfo(upload).Length)))
        {
            File.Delete(cleaned);
            logger.LogError(exception, "The media work folder {Folder} is full: {Name} was refused.", options.WorkFolder, name);
            throw new MediaRefusedException(StorageFull.Refusal(name));
        }
        catch (ImageException)
        {
            File.Delete(cleaned);
            throw new MediaRefusedException($"Không đọc được ảnh \"{name}\": tệp bị hỏng hoặc chưa tải lên hết. Hãy thử tải lên lại.");
        }
        catch
        {
            File.Delete(cleaned);
            throw;
        }
        finally
        {
            File.Delete(upload);
        }
    }

    private async Task CopyAsync(Stream content, string path, string name, CancellationToken cancellationToken)
    {
        await using var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        var buffer = new byte[81920];
        long length = 0;
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            length += read;
            if (length > options.MaxBytes)
            {
                throw new MediaRefusedException($"Ảnh \"{name}\" lớn hơn giới hạn {FileLimits.Megabytes(options.MaxBytes)} MB.");
            }

            await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        if (length == 0)
        {
            throw new MediaRefusedException($"Tệp \"{name}\" rỗng.");
        }
    }

    private static string HeicRefusal(string name) =>
        $"Ảnh \"{name}\" là ảnh HEIC (định dạng mặc định của iPhone), nhiều trình duyệt không hiển thị được nên chưa được nhận. " +
        "Hãy chuyển sang JPEG rồi tải lên lại (trên iPhone: Cài đặt › Camera › Định dạng › Tương thích nhất).";
}
