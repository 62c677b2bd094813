package org.newsdedup.transforms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(TestPipelineExtension.class)
class MatchFilesTest {
  @TempDir Path dir;

  /** Each file's name and text, as read through what the transform opened. */
  private static PCollection<String> namesAndTexts(PCollection<FileIO.ReadableFile> files) {
    return files.apply(
        MapElements.into(TypeDescriptors.strings()).via(new NameAndTextFn()));
  }

  static final class NameAndTextFn implements SerializableFunction<FileIO.ReadableFile, String> {
    @Override
    public String apply(FileIO.ReadableFile file) {
      try {
        return file.getMetadata().resourceId().getFilename() + "=" + file.readFullyAsUTF8String();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @Test
  void everyMatchedFileIsOpenedOnceAcrossTheShards(TestPipeline pipeline) throws IOException {
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      Files.writeString(dir.resolve("page-" + i + ".txt"), "text " + i, StandardCharsets.UTF_8);
      expected.add("page-" + i + ".txt=text " + i);
    }
    Files.writeString(dir.resolve("notes.md"), "not matched", StandardCharsets.UTF_8);

    PCollection<FileIO.ReadableFile> files = pipeline.apply(MatchFiles.matching(dir + "/*.txt"));

    PAssert.that(namesAndTexts(files)).containsInAnyOrder(expected);
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aGlobMatchingNothingGivesNoFiles(TestPipeline pipeline) {
    PCollection<FileIO.ReadableFile> files =
        pipeline.apply(MatchFiles.matching(dir + "/nothing-*.txt"));

    PAssert.that(namesAndTexts(files)).empty();
    pipeline.run().waitUntilFinish();
  }
}
