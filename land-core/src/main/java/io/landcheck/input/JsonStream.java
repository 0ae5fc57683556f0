package io.landcheck.input;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.google.common.io.ByteStreams;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON file read token by token ({@link #nextToken}, {@link #currentName}, {@link #text}, {@link #doubleValue},
 * {@link #skipChildren}, {@link #readObject()}), which can go on after a value it cannot read: a record with a text
 * longer than the limit, nested deeper than the limit, a name too long, not valid JSON inside. Jackson cannot resume
 * after such an exception, so this finds the end of the bad value itself, by its brackets and strings (a scan of the
 * bytes that keeps one bit a level, so no depth or length exhausts it), and starts a new parser after it; the new
 * parser first reads a {@code prefix} that opens the containers the value was in ({@code [} for an entry of a
 * top-level array), so that it is where the old one would have been. A value whose end cannot be found (the file
 * ends inside it, its brackets do not match) cannot be gone past: {@link #resumeAfter} says why.
 *
 * <p>Every reader of JSON input (GeoJSON, facts files) reads through this, with {@link #factory}'s limits. Jackson's
 * streaming parser reads the file inside; none of its types is in this class's public members (its tokens are
 * {@link Token}s, its failures {@link BadJsonException}s), so an application is not tied to the Jackson version
 * landcheck uses. Not thread-safe.
 *
 * @since 0.1
 */
public final class JsonStream implements Closeable {
  private final Path file;
  private final JsonFactory factory;
  private final FileChannel channel;
  private JsonParser parser;
  /** The file offset of the parser's byte 0 (negative when a prefix came first). */
  private long base;
  /** Where the value {@link #resumeAfter} went past last ends. */
  private long lastEnd = -1;
  /** The offset {@link #lineOf} counted to last, and its line. */
  private long linedOffset;
  private long linedLine = 1;

  /**
   * A parser of JSON input whose documents may nest at most {@code maxDepth} deep and whose texts and member names may
   * have at most {@code maxStringLength} characters; past either, the parser throws a
   * {@link StreamConstraintsException}, which {@link #describe} puts in plain words.
   *
   * @param maxDepth the deepest nesting a document may have
   * @param maxStringLength the most characters a text or member name may have
   * @return the factory, to give {@link #JsonStream(Path, JsonFactory)}
   */
  static JsonFactory factory(int maxDepth, int maxStringLength) {
    return JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(maxDepth)
        .maxStringLength(maxStringLength).maxNameLength(maxStringLength).build()).build();
  }

  /**
   * Opens the file, its parser before the first token, with input limits: a document may nest at most
   * {@code maxDepth} deep, and its texts and member names may have at most {@code maxStringLength} characters; past
   * either, reading fails with an exception that {@link #describe} puts in plain words.
   *
   * @param file the JSON file to read
   * @param maxDepth the deepest nesting a document may have
   * @param maxStringLength the most characters a text or member name may have
   * @throws IOException if the file cannot be opened or read
   * @since 0.1
   */
  public JsonStream(Path file, int maxDepth, int maxStringLength) throws IOException {
    this(file, factory(maxDepth, maxStringLength));
  }

  /**
   * Opens the file, its parser before the first token.
   *
   * @param file the JSON file to read
   * @param factory the factory of its parsers, with the input limits of {@link #factory}
   * @throws IOException if the file cannot be opened or read
   */
  JsonStream(Path file, JsonFactory factory) throws IOException {
    this.file = checkNotNull(file, "JsonStream.file");
    this.factory = checkNotNull(factory, "JsonStream.factory");
    this.channel = FileChannel.open(file, StandardOpenOption.READ);
    try {
      this.parser = factory.createParser(Files.newInputStream(file));
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** The parser now reading the file; another one after each {@link #resumeAt}. Jackson's: not public. */
  JsonParser parser() {
    return parser;
  }

  /**
   * A token of JSON text, as the readers walk it: named as Jackson's streaming parser names them (a message that
   * shows a token, such as {@code was START_ARRAY}, reads as it always has), without its types.
   *
   * @since 0.1
   */
  public enum Token {
    /** <code>{</code>, the start of an object. */
    START_OBJECT,
    /** <code>}</code>, the end of an object. */
    END_OBJECT,
    /** {@code [}, the start of an array. */
    START_ARRAY,
    /** {@code ]}, the end of an array. */
    END_ARRAY,
    /** A member's name; {@link #currentName()} gives it. */
    FIELD_NAME,
    /** A text; {@link #text()} gives it. */
    VALUE_STRING,
    /** A whole number; {@link #text()} gives it as written, {@link #doubleValue()} as a double. */
    VALUE_NUMBER_INT,
    /** A number with a fraction or an exponent; {@link #text()} and {@link #doubleValue()} give it. */
    VALUE_NUMBER_FLOAT,
    /** {@code true}. */
    VALUE_TRUE,
    /** {@code false}. */
    VALUE_FALSE,
    /** {@code null}. */
    VALUE_NULL,
    /** No token: before the first one, or the input has ended. */
    NONE;

    /** Jackson's tokens by ordinal, as ours; one that JSON text does not give is none. */
    private static final Token[] OF = new Token[JsonToken.values().length];

    static {
      Arrays.fill(OF, NONE);
      for (Token t : values()) {
        if (t != NONE) {
          OF[JsonToken.valueOf(t.name()).ordinal()] = t;
        }
      }
    }

    /** The token Jackson's {@code t} is, {@link #NONE} for null (no token). */
    static Token of(JsonToken t) {
      return t == null ? NONE : OF[t.ordinal()];
    }

    /**
     * Whether the token is a value on its own: a text, a number, true, false or null.
     *
     * @return true for a text, a number, true, false and null
     */
    public boolean isScalarValue() {
      return ordinal() >= VALUE_STRING.ordinal() && this != NONE;
    }

    /**
     * What a JSON value that starts with this token is, in words, as a message says what it found instead of what a
     * reader expected: an array (数组), an object (对象), a text (文本), a number (数字), true or false (true 或 false),
     * null; any other token by its name.
     *
     * @param language {@code zh} or {@code en}
     * @return the words in that language
     */
    public String described(String language) {
      boolean zh = language.equals("zh");
      return switch (this) {
        case START_ARRAY -> zh ? "数组" : "an array";
        case START_OBJECT -> zh ? "对象" : "an object";
        case VALUE_STRING -> zh ? "文本" : "a text";
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> zh ? "数字" : "a number";
        case VALUE_TRUE, VALUE_FALSE -> zh ? "true 或 false" : "true or false";
        case VALUE_NULL -> "null";
        default -> name();
      };
    }
  }

  /**
   * The input cannot be read on here: it is not JSON, or goes past an input limit. {@link Failure#of} tells which.
   * Once it is thrown, the current parser cannot read on; {@link #resumeAfter} goes past the value it was thrown in.
   *
   * @since 0.1
   */
  public static final class BadJsonException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Failure failure;

    private BadJsonException(JsonProcessingException cause) {
      super(cause.getMessage(), cause);
      this.failure = Failure.of(cause);
    }

    /**
     * What went wrong, as facts for a message.
     *
     * @return the failure's kind and detail
     */
    public Failure failure() {
      return failure;
    }
  }

  /**
   * Reads the next token.
   *
   * @return the token; {@link Token#NONE} at the end of the input
   * @throws BadJsonException if the input is not JSON there or goes past a limit
   * @throws IOException if the file cannot be read
   */
  public Token nextToken() throws IOException {
    try {
      return Token.of(parser.nextToken());
    } catch (JsonProcessingException e) {
      throw new BadJsonException(e);
    }
  }

  /**
   * The token last read.
   *
   * @return the token; {@link Token#NONE} before the first or after the last
   */
  public Token currentToken() {
    return Token.of(parser.currentToken());
  }

  /**
   * The name of the member the parser is at: its {@link Token#FIELD_NAME}, or its value.
   *
   * @return the member's name
   * @throws IllegalStateException if the parser is not at a member's name or value
   */
  public String currentName() {
    try {
      String name = parser.currentName();
      checkState(name != null, "JsonStream.currentName: the parser is not at a member, but at %s", currentToken());
      return name;
    } catch (IOException e) {
      throw new IllegalStateException("JsonStream.currentName: " + e.getMessage(), e);
    }
  }

  /**
   * The text of the token the parser is at: a text's value, a number as written, {@code true}, {@code false} or
   * {@code null}, a member's name.
   *
   * @return the token's text
   * @throws BadJsonException if the text goes past a limit
   * @throws IOException if the file cannot be read
   */
  public String text() throws IOException {
    try {
      return parser.getText();
    } catch (JsonProcessingException e) {
      throw new BadJsonException(e);
    }
  }

  /**
   * The number the parser is at, as the nearest double.
   *
   * @return the number
   * @throws BadJsonException if the parser is not at a number, or it goes past a limit
   * @throws IOException if the file cannot be read
   */
  public double doubleValue() throws IOException {
    try {
      return parser.getDoubleValue();
    } catch (JsonProcessingException e) {
      throw new BadJsonException(e);
    }
  }

  /**
   * Goes past the object or array the parser is at the start of, to its end; at any other token, does nothing.
   *
   * @throws BadJsonException if the input is not JSON inside it or goes past a limit
   * @throws IOException if the file cannot be read
   */
  public void skipChildren() throws IOException {
    try {
      parser.skipChildren();
    } catch (JsonProcessingException e) {
      throw new BadJsonException(e);
    }
  }

  /**
   * Where the current token starts in the file, in bytes.
   *
   * @return the byte offset of the current token's first byte
   */
  public long tokenOffset() {
    return base + parser.currentTokenLocation().getByteOffset();
  }

  /**
   * Where the parser is in the file, in bytes: after the last token read, or where it found it cannot go on.
   *
   * @return a byte offset in the file
   */
  public long offset() {
    return base + parser.currentLocation().getByteOffset();
  }

  /**
   * Goes past the value that starts at file offset {@code start} (an object, an array, a text or a scalar) and a comma
   * after it, and reads on with a new parser that first reads {@code prefix}.
   *
   * @param start the byte offset of the value's first byte, such as a record the parser failed in
   * @param prefix JSON text the new parser reads first, so that it is in the same nesting as the old one (such as
   *     {@code [})
   * @return empty if it could; else why the value has no end (the file ends inside it, its brackets do not match),
   *     and then the parser is as it was
   * @throws IOException if the file cannot be read
   */
  public Optional<String> resumeAfter(long start, String prefix) throws IOException {
    Scan end = endOfValue(start);
    if (end.problem().isPresent()) {
      return end.problem();
    }
    if (end.offset() <= start) {
      return Optional.of("it does not start a value");
    }
    lastEnd = end.offset();
    long at = skipSpace(end.offset());
    if (at < channel.size() && byteAt(at) == ',') {
      at++;
    }
    resumeAt(at, prefix);
    return Optional.empty();
  }

  /**
   * The offset just after the value {@link #resumeAfter} went past last, or -1.
   *
   * @return a byte offset in the file; -1 before the first {@link #resumeAfter}
   */
  public long lastValueEnd() {
    return lastEnd;
  }

  /**
   * The bytes of the file from {@code from} to {@code to}, for reading a value again another way (with other limits,
   * for the one member that names it).
   *
   * @param from the first byte offset, inclusive
   * @param to the last byte offset, exclusive
   * @return a stream of those bytes, which the caller closes
   * @throws IOException if the file cannot be opened or read
   */
  public InputStream range(long from, long to) throws IOException {
    InputStream in = Files.newInputStream(file);
    try {
      in.skipNBytes(from);
      return ByteStreams.limit(in, to - from);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * Reads on from file offset {@code at} with a new parser that has read {@code prefix}'s tokens (so that its next
   * token is the one at {@code at}).
   *
   * @param at the byte offset to read on from
   * @param prefix JSON text whose tokens the new parser reads first (such as {@code [} to stand inside an array)
   * @throws IOException if the file cannot be read
   */
  public void resumeAt(long at, String prefix) throws IOException {
    byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
    int tokens = tokens(prefix);
    InputStream rest = Files.newInputStream(file);
    try {
      rest.skipNBytes(at);
      JsonParser next = factory.createParser(new SequenceInputStream(new ByteArrayInputStream(head), rest));
      for (int i = 0; i < tokens; i++) {
        next.nextToken();
      }
      parser.close();
      parser = next;
      base = at - head.length;
    } catch (IOException | RuntimeException e) {
      rest.close();
      throw e;
    }
  }

  /** How many tokens the start of a document, such as {@code {"features": [}, has. */
  private int tokens(String prefix) throws IOException {
    int n = 0;
    try (JsonParser p = factory.createParser(prefix)) {
      while (p.nextToken() != null) {
        n++;
      }
    } catch (JsonProcessingException e) {
      // the end of the prefix, inside the containers it opens
    }
    return n;
  }

  /**
   * The offset of the first '{' or '[' at or after {@code from}, or -1 if there is none.
   *
   * @param from the byte offset to search from
   * @return the byte offset of that bracket, or -1
   * @throws IOException if the file cannot be read
   */
  public long nextContainer(long from) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(1 << 16);
    long pos = from;
    while (true) {
      b.clear();
      int n = channel.read(b, pos);
      if (n <= 0) {
        return -1;
      }
      for (int i = 0; i < n; i++) {
        byte c = b.get(i);
        if (c == '{' || c == '[') {
          return pos + i;
        }
      }
      pos += n;
    }
  }

  /**
   * The line (from 1) of a file offset, for messages. Counted on from the offset asked for last when this one is not
   * before it, as they are when a reader goes through the file, so that asking at every record costs one pass.
   *
   * @param offset a byte offset in the file
   * @return its line number, counting from 1
   * @throws IOException if the file cannot be read
   */
  public long lineOf(long offset) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(1 << 16);
    boolean onward = offset >= linedOffset;
    long line = onward ? linedLine : 1;
    long pos = onward ? linedOffset : 0;
    while (pos < offset) {
      b.clear();
      b.limit((int) Math.min(b.capacity(), offset - pos));
      int n = channel.read(b, pos);
      if (n <= 0) {
        break;
      }
      for (int i = 0; i < n; i++) {
        if (b.get(i) == '\n') {
          line++;
        }
      }
      pos += n;
    }
    linedOffset = pos;
    linedLine = line;
    return line;
  }

  /**
   * Whether nothing but white space follows file offset {@code from}.
   *
   * @param from the byte offset to look from
   * @return true when only white space (or nothing) follows
   * @throws IOException if the file cannot be read
   */
  public boolean onlySpaceAfter(long from) throws IOException {
    return skipSpace(from) >= channel.size();
  }

  /** Where a value ends (the offset after it), or why it has none. */
  private record Scan(long offset, Optional<String> problem) {}

  /** No end: {@code why}. */
  private static Scan noEnd(String why) {
    return new Scan(-1, Optional.of(why));
  }

  /**
   * Where the value that starts at {@code start} ends. A value that starts with a '}' or ']' (or a comma) is read as a
   * scalar and ends where it starts, so a closing bracket met inside an object or array always has its opening one.
   */
  private Scan endOfValue(long start) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(1 << 16);
    long pos = start;
    long depth = 0;
    long[] opened = new long[16]; // a bit a level: 1 for an object, 0 for an array
    boolean inString = false;
    boolean escaped = false;
    boolean scalar = false;
    boolean first = true;
    while (true) {
      b.clear();
      int n = channel.read(b, pos);
      if (n <= 0) {
        return scalar ? new Scan(pos, Optional.empty()) : noEnd("the file ends inside it");
      }
      for (int i = 0; i < n; i++) {
        byte c = b.get(i);
        if (first) {
          first = false;
          if (c != '{' && c != '[' && c != '"') {
            scalar = true;
          }
        }
        if (inString) {
          if (escaped) {
            escaped = false;
          } else if (c == '\\') {
            escaped = true;
          } else if (c == '"') {
            inString = false;
            if (depth == 0) {
              return new Scan(pos + i + 1, Optional.empty());
            }
          }
          continue;
        }
        if (scalar) {
          if (c == ',' || c == ']' || c == '}' || c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            return new Scan(pos + i, Optional.empty());
          }
          continue;
        }
        switch (c) {
          case '"' -> inString = true;
          case '{', '[' -> {
            int word = (int) (depth >>> 6);
            if (word >= opened.length) {
              opened = Arrays.copyOf(opened, opened.length * 2);
            }
            if (c == '{') {
              opened[word] |= 1L << (depth & 63);
            } else {
              opened[word] &= ~(1L << (depth & 63));
            }
            depth++;
          }
          case '}', ']' -> {
            depth--;
            boolean object = (opened[(int) (depth >>> 6)] & (1L << (depth & 63))) != 0;
            if (object != (c == '}')) {
              return noEnd(String.format(Locale.ROOT, "its brackets do not match (a '%c' closes %s, line %d)",
                  (char) c, object ? "an object" : "an array", lineOf(pos + i)));
            }
            if (depth == 0) {
              return new Scan(pos + i + 1, Optional.empty());
            }
          }
          default -> {
            // a scalar, a colon, a comma or white space inside the value
          }
        }
      }
      pos += n;
    }
  }

  private long skipSpace(long from) throws IOException {
    long pos = from;
    long size = channel.size();
    while (pos < size) {
      byte c = byteAt(pos);
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
        return pos;
      }
      pos++;
    }
    return pos;
  }

  private byte byteAt(long offset) throws IOException {
    ByteBuffer one = ByteBuffer.allocate(1);
    if (channel.read(one, offset) != 1) {
      throw new IOException(file.getFileName() + ": cannot read byte " + offset);
    }
    return one.get(0);
  }

  /**
   * What a parser's exception says, in plain words: the limit it went past ({@code a text longer than 10,000
   * characters}) or what is not JSON there, without Jackson's source description. The English of {@link Failure}.
   *
   * @param failure the parser's exception (another I/O failure is described by its own message)
   * @return a message for an error row, naming the limit or the bad text
   */
  public static String describe(IOException failure) {
    Failure f = Failure.of(failure);
    String limit = f.detail();
    return switch (f.kind()) {
      case "textTooLong" -> "a text is longer than the " + limit + " characters a text may have (limit maxStringLength = "
          + limit + ")";
      case "nameTooLong" -> "a member name is longer than the " + limit + " characters a name may have (limit "
          + "maxStringLength = " + limit + ")";
      case "tooDeep" -> "objects and arrays nest deeper than the " + limit + " levels a JSON document may have (limit "
          + "maxJsonDepth = " + limit + ")";
      case "numberTooLong" -> "a number is written with more than the " + limit + " characters a number may have";
      case "notJson" -> "not valid JSON: " + f.detail();
      default -> f.detail(); // another limit of the parser's, or not the parser's: its own words
    };
  }

  /**
   * Why a JSON reader could not read on, as facts for a message template: the kind of failure, which names the last
   * part of a template ({@code UNREADABLE.factsAfterArray.textTooLong}), and its one argument.
   *
   * <p>The kinds: {@code textTooLong}, {@code nameTooLong}, {@code tooDeep} and {@code numberTooLong}, one of the
   * reader's input limits gone past, the detail being the limit written with thousands separators ({@code 10,000});
   * {@code notJson}, text that is not JSON, the detail being the parser's own (English) words for it, without where
   * the document started; {@code constraint}, another of the parser's limits, with the parser's own (English) words.
   *
   * @param kind what went wrong, one of the kinds above
   * @param detail the limit, or the library's own words
   * @since 0.1
   */
  public record Failure(String kind, String detail) {

    /** The failure {@code e} tells of; kind {@code io} and its message for one that is not the parser's. */
    static Failure of(IOException e) {
      if (e instanceof BadJsonException bad) {
        return bad.failure();
      }
      if (!(e instanceof JsonProcessingException j)) {
        return new Failure("io", String.valueOf(e.getMessage()));
      }
      String m = String.valueOf(j.getOriginalMessage());
      if (j instanceof StreamConstraintsException) {
        String limit = String.format(Locale.ROOT, "%,d", limitIn(m));
        if (m.startsWith("String value length")) {
          return new Failure("textTooLong", limit);
        }
        if (m.startsWith("Name length")) {
          return new Failure("nameTooLong", limit);
        }
        if (m.contains("nesting depth")) {
          return new Failure("tooDeep", limit);
        }
        if (m.startsWith("Number value length")) {
          return new Failure("numberTooLong", limit);
        }
        return new Failure("constraint", m);
      }
      // the first line, without Jackson's description of where the document started ("(for Array starting at
      // [Source: ...]"); Jackson's other parentheses, such as "(for quoted)", stay
      return new Failure("notJson", m.split("\n", 2)[0].replaceFirst(" \\(for [^(]*\\[Source:.*$", ""));
    }

    /**
     * Whether a member name went past its limit: then the member the parser is in is not the one at fault.
     *
     * @return true for {@code nameTooLong}
     */
    public boolean nameTooLong() {
      return kind.equals("nameTooLong");
    }
  }

  private static final Pattern LIMIT = Pattern.compile("maximum allowed \\((\\d+)");

  /** The limit a constraint message names ({@code ... exceeds the maximum allowed (50, from ...}), or -1. */
  private static long limitIn(String message) {
    Matcher m = LIMIT.matcher(message);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }

  /**
   * The name of the member of the object at nesting depth {@code depth} (1 for a top-level object) that the parser is
   * inside, if any: the field a failure belongs to.
   *
   * @param p the parser, positioned where it failed
   * @param depth the nesting depth of the record's object, 1 for a top-level object
   * @return the member's name; empty when the parser is not inside a member at that depth
   */
  static Optional<String> memberAt(JsonParser p, int depth) {
    for (JsonStreamContext c = p.getParsingContext(); c != null; c = c.getParent()) {
      if (c.getNestingDepth() == depth) {
        return c.inObject() ? Optional.ofNullable(c.getCurrentName()) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * The name of the member of the object at nesting depth {@code depth} (1 for a top-level object) that the current
   * parser is inside, if any: the field a failure belongs to.
   *
   * @param depth the nesting depth of the record's object, 1 for a top-level object
   * @return the member's name; empty when the parser is not inside a member at that depth
   * @since 0.1
   */
  public Optional<String> memberAt(int depth) {
    return memberAt(parser, depth);
  }

  /**
   * Reads the object the parser is at (its start), to its end, as raw values: see {@link JsonValues#readObject(String)}.
   *
   * @return the members in file order, each as a raw value
   * @throws BadJsonException if the parser cannot read on (not JSON, or past an input limit)
   * @throws IOException if the file cannot be read
   * @since 0.1
   */
  public Map<String, Object> readObject() throws IOException {
    try {
      return JsonValues.readObject(parser);
    } catch (JsonProcessingException e) {
      throw new BadJsonException(e);
    }
  }

  /**
   * {@link #readObject()} into {@code out}, a member at a time: if the parser fails inside the object (a text past its
   * limit), {@code out} holds the members before the one it failed in.
   *
   * @param out where the members go, in file order
   * @throws BadJsonException if the parser cannot read on; {@code out} then holds the members read before
   * @throws IOException if the file cannot be read
   * @since 0.1
   */
  public void readObject(Map<String, Object> out) throws IOException {
    try {
      JsonValues.readObject(parser, out);
    } catch (JsonProcessingException e) {
      throw new BadJsonException(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      parser.close();
    } finally {
      channel.close();
    }
  }
}
