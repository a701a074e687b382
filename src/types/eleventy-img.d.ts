// Types for the part of @11ty/eleventy-img 6 this project uses; the package ships JavaScript without declarations.
declare module "@11ty/eleventy-img" {
  /** One output file of an image, as the stats functions and processing describe it. */
  export interface ImageStat {
    format: string;
    width: number;
    height: number;
    url: string;
    sourceType: string;
    srcset: string;
    filename: string;
    outputPath: string;
    size?: number;
  }

  /** The output files of an image by format. */
  export type ImageMetadata = Record<string, ImageStat[]>;

  /** The options this project sets; eleventy-img accepts more. */
  export interface ImageOptions {
    widths: Array<number | "auto">;
    formats: string[];
    urlPath: string;
    outputDir: string;
    formatFiltering?: string[];
    svgShortCircuit?: boolean;
    svgAllowUpscale?: boolean;
    useCache?: boolean;
    hashLength?: number;
    sharpAvifOptions?: Record<string, unknown>;
    sharpWebpOptions?: Record<string, unknown>;
    sharpPngOptions?: Record<string, unknown>;
    sharpJpegOptions?: Record<string, unknown>;
  }

  /** Processes an image, writing every output file into `outputDir`. */
  function Image(src: string, options: ImageOptions): Promise<ImageMetadata>;

  namespace Image {
    /** The output files an image of the given size would have, without reading its pixels or writing anything. */
    function statsByDimensionsSync(src: string, width: number, height: number, options: ImageOptions): ImageMetadata;
    /** image-size: reads an image's dimensions and type from its first bytes. */
    function ImageSize(path: string): { width?: number; height?: number; type?: string; orientation?: number };
  }

  export default Image;
}
