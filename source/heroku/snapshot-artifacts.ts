import type {HerokuClient} from './client.js';
import {NotFoundError} from './errors.js';
import type {PipelineSnapshot} from './snapshot-types.js';
import type {WireBuild, WireOciImage, WireRelease, WireSlug} from './wire.js';

// Slugs and OCI images of the deployed releases, fetched once per id: the client keeps
// them for its lifetime, and those of the previous snapshot are reused as they are.
export class Artifacts {
  readonly slugs: Record<string, WireSlug> = {};
  readonly ociImages: Record<string, WireOciImage> = {};
  private pending: Array<Promise<void>> = [];
  // What succeeded builds say of their slugs: the commit a slug records is its build's
  // source version, so these stand in for slug requests.
  private readonly built = new Map<string, WireSlug>();

  constructor(
    private readonly client: HerokuClient,
    private readonly previous: PipelineSnapshot | undefined,
    builds: WireBuild[] = [],
  ) {
    this.learn(builds);
  }

  // Builds name their slugs' commits: a slug one of them made needs no request.
  learn(builds: readonly WireBuild[]): void {
    for (const build of builds) {
      // Heroku's JSON, taken at its word only where it has the expected shape.
      if (typeof build !== 'object' || build === null || build.status !== 'succeeded') continue;
      const slugId = build.slug?.id;
      if (typeof slugId !== 'string' || !slugId) continue;
      const source = build.source_blob;
      this.built.set(slugId, {
        id: slugId,
        commit: source?.version ?? null,
        commit_description: source?.version_description ?? null,
      });
    }
  }

  want(appId: string, release: WireRelease): void {
    const slugId = release.slug?.id;
    const imageId = release.oci_image?.id;
    if (slugId) {
      const known = this.previous?.slugs[slugId] ?? this.built.get(slugId);
      if (known) this.slugs[slugId] = known;
      else
        this.pending.push(
          this.fetch(
            () => this.client.slug(appId, slugId),
            (s) => (this.slugs[slugId] = s),
          ),
        );
    } else if (imageId) {
      const known = this.previous?.ociImages[imageId];
      if (known) this.ociImages[imageId] = known;
      else
        this.pending.push(
          this.fetch(
            () => this.client.ociImage(appId, imageId),
            (i) => (this.ociImages[imageId] = i),
          ),
        );
    }
  }

  async load(): Promise<void> {
    const pending = this.pending;
    this.pending = [];
    await Promise.all(pending);
  }

  // A slug that is gone (404) leaves the commit unknown rather than failing the board.
  private async fetch<T>(load: () => Promise<T>, keep: (value: T) => void): Promise<void> {
    try {
      keep(await load());
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
    }
  }
}
