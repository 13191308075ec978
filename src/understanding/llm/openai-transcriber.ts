import OpenAI, { toFile } from 'openai';
import type { AudioClip, AudioFormat } from '../../values/audio-clip';
import { TRANSCRIPTION_HINT, type Transcriber } from '../transcriber';
import { openAiClient, type OpenAiOptions } from './openai-provider';
import { transcriptionFailure } from './transcription-failure';

/**
 * Transcription through OpenAI's `audio.transcriptions` (multipart upload, up to 25 MB), which reads
 * FLAC, MP3, MP4/M4A, OGG, WAV and WebM and takes the format from the file name.
 */
export class OpenAiTranscriber implements Transcriber {
  readonly name = 'openai';
  readonly accepts: readonly AudioFormat[] = ['wav', 'mp3', 'flac', 'ogg', 'm4a', 'webm'];
  private client: OpenAI | undefined;

  constructor(private readonly options: OpenAiOptions) {}

  async transcribe(clip: AudioClip): Promise<string> {
    this.client ??= openAiClient(this.options);
    try {
      const transcription = await this.client.audio.transcriptions.create({
        file: await toFile(clip.bytes, clip.fileName, { type: clip.mimeType }),
        model: this.options.model,
        prompt: TRANSCRIPTION_HINT,
        response_format: 'json',
        temperature: 0,
      });
      return transcription.text;
    } catch (error) {
      const status = error instanceof OpenAI.APIError && error.status ? error.status : undefined;
      throw transcriptionFailure(this.name, 'OpenAI', error, status);
    }
  }
}
